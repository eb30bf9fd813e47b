import type { DeliveryDetail } from '@shared/delivery';
import { BodyPanel } from '../../components/delivery-view/BodyPanel';
import { HeadersTable } from '../../components/delivery-view/HeadersTable';

export function RequestTab({ detail }: { detail: DeliveryDetail }) {
  return (
    <div className="detail-tab-body">
      <HeadersTable headers={detail.requestHeaders} title="Request headers" />
      <BodyPanel detail={detail} part="request" />
    </div>
  );
}
