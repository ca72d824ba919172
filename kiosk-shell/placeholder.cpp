// Replaced by the shell classes.
