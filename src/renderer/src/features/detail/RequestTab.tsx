import type { DeliveryDetail } from '@shared/delivery';
import { BodyPanel } from '../../components/delivery-view/BodyPanel';
import { HeaderRows } from '../../components/HeaderRows';
import { DecodedViews } from './DecodedViews';

export function RequestTab({ detail }: { detail: DeliveryDetail }) {
  return (
    <div className="detail-tab-body">
      <HeaderRows mode="read-only" rows={detail.requestHeaders} title="Request headers" />
      <DecodedViews detail={detail} />
      <BodyPanel detail={detail} part="request" />
    </div>
  );
}
