// Replaced by the domain classes.
