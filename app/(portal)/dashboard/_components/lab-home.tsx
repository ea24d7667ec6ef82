import type { AccreditationDto } from '@/lib/dto/organization';
import { AccreditationTable } from '@/app/_components/org/accreditation-table';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';

export function LabHome({ accreditations }: { accreditations: readonly AccreditationDto[] }) {
  return (
    <div className="space-y-6">
      <EmptyState
        title="No assignments yet — vendors choose you when they submit"
        body="When a vendor submits a product version to your lab, it appears here to accept or decline. You can only take work inside a valid accreditation that covers the product's network function."
        data-testid="dashboard-empty-lab"
      />
      <Card id="accreditations" title="Your accreditations" description="What your lab may evaluate, and until when.">
        {accreditations.length ? (
          <AccreditationTable caption="Accreditations of your lab" captionHidden accreditations={accreditations} />
        ) : (
          <EmptyState
            headingLevel={3}
            title="No accreditation recorded"
            body="Without a valid accreditation your lab cannot accept assignments. Ask a platform administrator to record the accreditation your lab holds."
            data-testid="accreditations-empty"
          />
        )}
      </Card>
    </div>
  );
}
