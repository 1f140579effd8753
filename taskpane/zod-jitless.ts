// zod (which the engine's model uses) compiles fast parsers with `new Function` where it may. The
// pages' Content-Security-Policy forbids eval, and even zod's guarded probe for it is reported as a
// violation; in jitless mode zod never tries. Imported first by the runtime entry.
import { config } from 'zod';

config({ jitless: true });
