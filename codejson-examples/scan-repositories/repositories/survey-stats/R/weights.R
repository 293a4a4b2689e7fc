# Normalised weights of the responses.
weights <- function(x) {
  x / sum(x)
}
