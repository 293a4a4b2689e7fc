# The fee schedule, in dollars per square foot.
RATES = {"residential": 1.25, "commercial": 2.50}


def fee(kind, square_feet):
    return RATES[kind] * square_feet
