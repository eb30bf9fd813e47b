import { useApp } from '../../store/use-app';

/** Memory-only storage exists only when asked for (--in-memory), and the top bar always says so. */
export function InMemoryBadge() {
  const inMemory = useApp((state) => state.connection.storage?.status === 'in-memory');
  if (!inMemory) return null;
  return (
    <span className="in-memory-badge" role="status" title="Started with --in-memory: deliveries are lost when Hookbench stops">
      In memory only — nothing is kept
    </span>
  );
}
