"""Activities: the only place precredit does I/O. Each class is built with its dependencies."""
