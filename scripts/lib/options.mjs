// Command-line options for the scripts: node:util parseArgs, strict (an unknown or incomplete
// option is an error, not ignored), with the error said in one line and exit code 2.
import { parseArgs } from 'node:util';

/** The parsed option values, or exit 2 after printing `<script>: <what is wrong>`. */
export function parseOptionsOrExit(script, options) {
  try {
    return parseArgs({ options }).values;
  } catch (err) {
    console.error(`${script}: ${err.message}`);
    process.exit(2);
  }
}
