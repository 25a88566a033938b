// The analyzer reads Lit's `static properties` but not `state: true`, and lists events it sees
// dispatched without a name; keep the manifest to the public contract.
export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  plugins: [
    {
      name: 'public-contract-only',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            declaration.attributes = declaration.attributes?.filter((attribute) => !attribute.fieldName?.startsWith('_'));
            declaration.events = declaration.events?.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
