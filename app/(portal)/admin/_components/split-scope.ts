/** "gNB, AMF ,UPF" → ["gNB", "AMF", "UPF"]: trimmed, empties and repeats dropped. */
export function splitScope(text: string): string[] {
  return [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))];
}
