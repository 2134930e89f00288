// Bottleneck's light build (no clustering), the one the Octokit plugins use,
// ships without its own declaration: it has the full build's API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
