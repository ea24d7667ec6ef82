/** Where the public pages of the registry and the log live; shared by pages, API answers and the feed. */
export const certificatePath = (id: string) => `/registry/${id}`;
export const logEntryPath = (index: number) => `/log/entries/${index}`;
export const inclusionProofPath = (index: number, treeSize: number) =>
  `/api/v1/log/proof/inclusion?index=${index}&treeSize=${treeSize}`;
