"""Ports for the servers the tests and the bench start: never one the kernel may hand to an
outgoing connection in the meantime (a fault test's Temporal server died with "address already in
use" on a port bind(0) had just called free)."""

from __future__ import annotations

import random
import socket

from precredit.bench.processes import _ephemeral_ports, free_port


def test_free_ports_lie_below_the_ephemeral_range_and_are_free() -> None:
    low, high = _ephemeral_ports()
    assert 1024 < low < high
    ports = [free_port() for _ in range(50)]
    assert len(set(ports)) == len(ports), "a port was handed out twice"
    for port in ports:
        assert port < low, f"{port} is in the ephemeral range {low}-{high}"
        with socket.socket() as s:
            s.bind(("127.0.0.1", port))  # still free: nothing listens there


def test_a_listening_port_is_never_handed_out() -> None:
    low, _ = _ephemeral_ports()
    held: list[socket.socket] = []
    try:
        # Other programs' servers on 400 of the ~12,700 candidate ports: 200 picks try some of them.
        for port in random.Random(7).sample(range(20000, low), 400):
            s = socket.socket()
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                s.close()
                continue
            s.listen()
            held.append(s)
        taken = {s.getsockname()[1] for s in held}
        assert not taken & {free_port() for _ in range(200)}
    finally:
        for s in held:
            s.close()
