"""One router per audience: buyers, underwriters, dealers, operators, and the two web consoles."""
