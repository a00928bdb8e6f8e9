// The city's settings file, chosen in wrangler.toml ([alias]) for the Worker bundle; validated before use.
declare module 'tsunagu-city-settings' {
  const data: unknown;
  export default data;
}
