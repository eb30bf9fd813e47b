import type { ContractHandlers } from '@shared/contract';
import type { DeliveryDetail } from '@shared/delivery';
import type { ScenarioLibrary } from './scenario-library';
import type { ScenarioPlayer } from './scenario-player';

type ScenarioMethods = 'listScenarios' | 'previewScenario' | 'playScenario';

/** The contract's scenario methods; what each played step stored is shown masked, as getDelivery masks it. */
export function createScenarioHandlers(
  library: ScenarioLibrary,
  player: ScenarioPlayer,
  shownDetail: (detail: DeliveryDetail) => DeliveryDetail,
): Pick<ContractHandlers, ScenarioMethods> {
  return {
    listScenarios: () => library.list(),
    previewScenario: (request) => player.preview(request),
    playScenario: (request) => player.play(request, shownDetail),
  };
}
