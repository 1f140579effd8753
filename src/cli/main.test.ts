import type { Command } from './command';
import { stringList } from './command';
import { InputError } from './errors';
import { recordingIo } from '../../test/cli/helpers/recording-io';
import { main } from './main';

const echo: Command = {
  name: 'echo',
  summary: 'prints its file',
  usage: 'echo <file> [--tag <t>]...',
  help: 'Usage: campaign-operator echo <file>\n\nPrints its file.\n',
  options: { tag: { type: 'string', multiple: true }, fail: { type: 'boolean' } },
  positionals: ['file'],
  run: async (args, io) => {
    if (args.values['fail'] === true) throw new InputError(['Tasks!D5: bad', 'Tasks!D6: worse']);
    io.stdout(`${args.positionals[0] ?? ''} ${stringList(args.values, 'tag').join(',')}\n`);
    return 0;
  },
};

async function run(...argv: string[]) {
  const io = recordingIo();
  const code = await main(argv, io, [echo]);
  return { code, out: io.out(), err: io.err() };
}

describe('main', () => {
  it('runs a command with its options, repeated ones included', async () => {
    expect(await run('echo', 'a.xlsx', '--tag', 'x', '--tag', 'y')).toEqual({
      code: 0,
      out: 'a.xlsx x,y\n',
      err: '',
    });
  });

  it.each([
    [['nope'], 'unknown command "nope"'],
    [['--nope'], 'unknown option --nope'],
    [['echo'], 'missing <file>'],
    [['echo', 'a', 'b'], 'unexpected argument b'],
    [['echo', 'a', '--color'], 'unknown option --color'],
    [['echo', 'a', '--tag'], '--tag needs a value'],
  ])('%j is wrong usage (exit 2) with the usage line', async (argv, message) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toContain('Usage: campaign-operator');
  });

  it('prints input errors one per line and exits 1', async () => {
    expect(await run('echo', 'a', '--fail')).toEqual({
      code: 1,
      out: '',
      err: 'Tasks!D5: bad\nTasks!D6: worse\n',
    });
  });

  it('shows help for the tool and for a command, on stdout', async () => {
    const tool = await run('--help');
    expect(tool.code).toBe(0);
    expect(tool.out).toContain('echo <file>   prints its file');
    expect(tool.out).toContain('Exit codes');
    expect((await run('echo', '--help')).out).toBe(
      'Usage: campaign-operator echo <file>\n\nPrints its file.\n',
    );
    expect((await run('help', 'echo')).out).toContain('Prints its file.');
  });

  it('shows the help on stderr with exit 2 when no command is given', async () => {
    const { code, err } = await run();
    expect(code).toBe(2);
    expect(err).toContain('Usage: campaign-operator <command>');
  });

  it('prints the version of package.json', async () => {
    const { code, out } = await run('--version');
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
