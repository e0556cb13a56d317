// Loaded with --import by the benchmark: prints this process's peak memory at exit.
process.on('exit', () => process.stderr.write(`maxrss-kb ${process.resourceUsage().maxRSS}\n`));
