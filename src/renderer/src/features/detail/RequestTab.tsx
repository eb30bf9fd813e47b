import type { DeliveryDetail } from '@shared/delivery';
import { BodyPanel } from '../../components/delivery-view/BodyPanel';
import { HeaderRows } from '../../components/HeaderRows';

export function RequestTab({ detail }: { detail: DeliveryDetail }) {
  return (
    <div className="detail-tab-body">
      <HeaderRows mode="read-only" rows={detail.requestHeaders} title="Request headers" />
      <BodyPanel detail={detail} part="request" />
    </div>
  );
}
