// Runs a command with every core kept busy by other work, as on a loaded CI machine:
// `node test/busy.mjs npx web-test-runner` (`npm run test:busy` runs `npm test` this way).
// One spinning worker thread per core, for as long as the command runs; its exit code is ours.
import {spawn} from 'node:child_process';
import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node test/busy.mjs <command> [arguments…]');
  process.exit(2);
}

const spinners = Array.from({length: availableParallelism()}, () => new Worker('for (;;);', {eval: true}));
console.error(`test/busy.mjs: ${spinners.length} cores kept busy while \`${[command, ...args].join(' ')}\` runs`);

const child = spawn(command, args, {stdio: 'inherit'});
const stop = async (code) => {
  await Promise.all(spinners.map((spinner) => spinner.terminate()));
  process.exit(code);
};
child.on('exit', (code, signal) => stop(code ?? (signal ? 1 : 0)));
child.on('error', (error) => {
  console.error(`test/busy.mjs: could not run ${command}: ${error.message}`);
  stop(1);
});
// Ctrl-C reaches the command too (same process group); the spinners end when it does.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
