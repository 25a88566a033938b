/** The engine running the tests, for the few checks that only one engine's test commands allow. */
export const engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** `it` in the engines that can run the test's commands; elsewhere a skip that says why. */
export const itIn = (engines: string[], reason: string): Mocha.TestFunction | Mocha.PendingTestFunction =>
  engines.includes(engine)
    ? it
    : (((title: string) => {
        const stated = `${title} [not in ${engine}: ${reason}]`;
        console.log(`skipped: ${stated}`);
        return it.skip(stated);
      }) as Mocha.PendingTestFunction);
