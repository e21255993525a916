import Glibc
import JukiCLI

// Past a file-size limit (ulimit -f) a write should fail with EFBIG and be reported, not kill the process.
signal(SIGXFSZ, SIG_IGN)
JukiReport.start()
