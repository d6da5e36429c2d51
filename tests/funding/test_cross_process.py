"""Workers in separate processes share the ledger database and the banks' statement file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from precredit.db.engine import get_engine
from precredit.integrations.banks import SandboxBankChannel
from tests.funding.conftest import assert_clean, channel_config, settled

SCRIPT = """
import sys
from pathlib import Path
from precredit.funding.disburse import Disburser
from precredit.db.engine import get_engine
from precredit.integrations.banks import SandboxBankChannel
from precredit.integrations.base import ProviderUnavailable
from precredit.funding.disburse import DisbursementError
from tests.funding.conftest import NOON, channel_config, request

tmp = Path(sys.argv[1])
faults = {"timeout_rate": 0.4, "reject_rate": 0.2}
chans = [SandboxBankChannel(channel_config(n, fee_fixed=str(i), faults=faults), tmp / "state", seed=3,
         clock=lambda: NOON, sleep=lambda s: None) for i, n in enumerate(["bank-a", "bank-b", "bank-c"])]
d = Disburser(engine=get_engine(f"sqlite:///{tmp / 'ledger.db'}"), channels=chans, clock=lambda: NOON)
for app in [f"X{i}" for i in range(6)]:
    for _ in range(30):
        try:
            d.disburse(request(app, "500.00"))
            break
        except DisbursementError as exc:
            if exc.non_retryable:
                break
        except ProviderUnavailable:
            pass
"""


def test_three_processes_pay_each_loan_once(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'ledger.db'}")
    root = Path(__file__).resolve().parents[2]
    procs = [
        subprocess.Popen([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=root, stderr=subprocess.DEVNULL)
        for _ in range(3)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    chans = [
        SandboxBankChannel(channel_config(n), tmp_path / "state") for n in ["bank-a", "bank-b", "bank-c"]
    ]
    for i in range(6):
        assert len(settled(chans, f"disburse-X{i}")) <= 1
    assert sum(len(settled(chans, f"disburse-X{i}")) for i in range(6)) >= 5
    assert_clean(engine, chans)
