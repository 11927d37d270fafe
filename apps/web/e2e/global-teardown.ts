export default async function globalTeardown(): Promise<void> {
  await globalThis.cairnE2eStack?.stop();
}
