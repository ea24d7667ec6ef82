'use client';

import { useRef, useState, type DragEvent } from 'react';
import { Button } from '@/app/_components/ui/button';
import { cx } from '@/app/_components/ui/class-names';

/**
 * Drop files here, or press the button (keyboard and screen readers) to open the file chooser.
 * The file input itself stays out of the tab order so there is one control to reach, not two.
 */
export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [isOver, setIsOver] = useState(false);

  function handleDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setIsOver(false);
    if (event.dataTransfer.files.length) onFiles(Array.from(event.dataTransfer.files));
  }

  return (
    <div
      onDragEnter={(e) => {
        e.preventDefault();
        setIsOver(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setIsOver(false);
      }}
      onDrop={handleDrop}
      className={cx(
        'flex flex-col items-center gap-3 rounded-lg border-2 border-dashed px-6 py-8 text-center',
        isOver ? 'border-sky-700 bg-sky-50' : 'border-slate-300 bg-white',
      )}
      data-testid="upload-dropzone"
    >
      <p className="text-sm text-slate-700">Drag files here, or</p>
      <Button variant="secondary" onClick={() => inputRef.current?.click()} data-testid="upload-choose">
        Choose files…
      </Button>
      <label htmlFor="evidence-file-input" className="sr-only">
        Evidence files
      </label>
      <input
        ref={inputRef}
        id="evidence-file-input"
        type="file"
        multiple
        tabIndex={-1}
        className="sr-only"
        onChange={(e) => {
          if (e.currentTarget.files?.length) onFiles(Array.from(e.currentTarget.files));
          e.currentTarget.value = '';
        }}
        data-testid="upload-input"
      />
      <p className="text-xs text-slate-500">Files are hashed (SHA-256) as they arrive and never change afterwards.</p>
    </div>
  );
}
