import { GITLAB_EVENTS, type GitlabEvent, type GitlabEventGroup } from '@shared/gitlab-catalogue';
import { useApp } from '../../store/use-app';

/** The catalogue in GitLab's webhook-settings groups, in catalogue order. */
const EVENTS_BY_GROUP: ReadonlyArray<[GitlabEventGroup, GitlabEvent[]]> = (() => {
  const groups = new Map<GitlabEventGroup, GitlabEvent[]>();
  for (const event of GITLAB_EVENTS) groups.set(event.group, [...(groups.get(event.group) ?? []), event]);
  return [...groups];
})();

/** Every event GitLab sends, by the trigger that enables it, then the chosen event's variants. */
export function EventPicker() {
  const chosenHeader = useApp((state) => state.compose.draft.event);
  const chosenVariant = useApp((state) => state.compose.draft.variantId);
  const generate = useApp((state) => state.compose.generateComposeSample);

  return (
    <nav className="event-picker" aria-label="GitLab events">
      {EVENTS_BY_GROUP.map(([group, events]) => (
        <section key={group} className="event-group">
          <h3>{group}</h3>
          {events.map((event) => {
            const chosen = event.header === chosenHeader;
            return (
              <div key={event.id} className="event-entry">
                <button
                  type="button"
                  className={chosen ? 'list-button event-button event-button-chosen' : 'list-button event-button'}
                  aria-pressed={chosen}
                  title={event.jenkinsPluginAccepts ? event.label : `${event.label} — the Jenkins GitLab plugin ignores it`}
                  onClick={() => void generate(event.header, event.variants[0].id)}
                >
                  {event.header}
                </button>
                {chosen && (
                  <div className="variant-list" role="group" aria-label={`${event.header} variants`}>
                    {event.variants.map((variant) => (
                      <button
                        key={variant.id}
                        type="button"
                        className={variant.id === chosenVariant ? 'list-button variant-button variant-button-chosen' : 'list-button variant-button'}
                        aria-pressed={variant.id === chosenVariant}
                        onClick={() => void generate(event.header, variant.id)}
                      >
                        {variant.label}
                      </button>
                    ))}
                  </div>
                )}
              </div>
            );
          })}
        </section>
      ))}
    </nav>
  );
}
