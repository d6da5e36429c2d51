"""Simulated people for the sandbox: buyers, an underwriter and a dealer, plus the demo batch."""
