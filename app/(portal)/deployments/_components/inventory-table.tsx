'use client';

import Link from 'next/link';
import type { DeployableVersionDto } from '@/lib/deployments/deployment-dto';
import { MAX_QUANTITY, MIN_QUANTITY } from '@/lib/deployments/limits';
import { CertificateBadge } from '@/app/(portal)/components/_components/certificate-badge';
import { flagReasonText, segmentNames } from '@/app/(portal)/components/_components/labels';
import { Button } from '@/app/_components/ui/button';
import { Table, TBody, Td, Th, THead } from '@/app/_components/ui/data-table';
import { controlClasses } from '@/app/_components/ui/field';

export type InventoryRow = { version: DeployableVersionDto; quantity: string };

type Props = {
  rows: InventoryRow[];
  errors: Record<number, string>;
  onQuantity: (index: number, quantity: string) => void;
  onRemove: (index: number) => void;
};

/** The editable inventory: one line per product version with its units and certificate standing. */
export function InventoryTable({ rows, errors, onQuantity, onRemove }: Props) {
  return (
    <Table caption="Your deployments" captionHidden data-testid="deployments-table">
      <THead>
        <tr>
          <Th>Product version</Th>
          <Th>Segment</Th>
          <Th>Certificate</Th>
          <Th>Units</Th>
          <Th>
            <span className="sr-only">Remove</span>
          </Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((row, index) => {
          const v = row.version;
          const inputId = `quantity-${v.productVersionId}`;
          const error = errors[index];
          return (
            <tr key={v.productVersionId} data-testid="deployment-row" data-label={v.label} data-flag={v.flag ?? ''}>
              <Th scope="row">
                {v.certificate ? (
                  <Link href={`/components/${v.certificate.id}`} className="text-sky-800 underline-offset-2 hover:underline">
                    {v.label}
                  </Link>
                ) : (
                  v.label
                )}
                <span className="block text-xs font-normal text-slate-600">
                  {v.vendor.name} · {v.networkFunction}
                </span>
              </Th>
              <Td>{segmentNames[v.segment]}</Td>
              <Td>
                <CertificateBadge status={v.certificate?.status ?? null} data-testid="deployment-certificate" />
                {v.flag ? (
                  <span className="mt-1 block text-xs font-medium text-red-800" data-testid="deployment-flag">
                    Flagged: {flagReasonText[v.flag].toLowerCase()}
                  </span>
                ) : null}
              </Td>
              <Td>
                <label htmlFor={inputId} className="sr-only">
                  Units of {v.label}
                </label>
                <input
                  id={inputId}
                  type="number"
                  inputMode="numeric"
                  min={MIN_QUANTITY}
                  max={MAX_QUANTITY}
                  step={1}
                  value={row.quantity}
                  onChange={(e) => onQuantity(index, e.currentTarget.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${inputId}-error` : undefined}
                  className={`${controlClasses} w-32 tabular-nums`}
                  data-testid="deployment-quantity"
                />
                {error ? (
                  <p id={`${inputId}-error`} className="mt-1 text-sm font-medium text-red-700" data-testid="deployment-quantity-error">
                    {error}
                  </p>
                ) : null}
              </Td>
              <Td className="text-right">
                <Button variant="ghost" size="sm" onClick={() => onRemove(index)} data-testid="deployment-remove">
                  Remove<span className="sr-only"> {v.label}</span>
                </Button>
              </Td>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}
