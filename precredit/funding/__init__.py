"""Pure funding and card policy: channel routing, fees, card-number checks. No I/O, no Temporal."""
