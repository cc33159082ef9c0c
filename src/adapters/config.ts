// Shared reading of chat-platform configuration from the environment. Each adapter declares its
// variables as a zod schema; a platform none of whose variables is set is simply off.
import type { z } from 'zod';

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the variables named by `schema`'s keys from `env`. Returns null when none of `trigger` is set
 * (the platform is not configured); throws ConfigError naming every missing or malformed variable
 * when some are set and the rest do not validate.
 */
export function readConfig<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined>,
  trigger: readonly string[],
): z.infer<S> | null {
  const present = (name: string) => (env[name] ?? '').trim() !== '';
  if (!trigger.some(present)) return null;
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) if (present(key)) input[key] = env[key]!.trim();
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(configuration)';
      return input[name] === undefined && issue.code === 'invalid_type'
        ? `${name} is not set`
        : `${name}: ${issue.message}`;
    }),
  );
}
