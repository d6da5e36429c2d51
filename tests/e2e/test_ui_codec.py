"""An operator reads decrypted applications in the real Temporal UI (headless Chromium) after signing
in at the codec server; a browser without the sign-in sees only ciphertext."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from precredit.client import PreCreditClient, connect
from precredit.config import Settings
from precredit.db.blobs import DocumentStore
from precredit.demo.batch import EXPECTED, Outcome, prepare, run_one
from precredit.security.keys import load_keyring
from precredit.security.tokens import first_token
from precredit.stack.embedded import embedded_stack
from tests.e2e.conftest import E2E_DEADLINES, free_port

SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def browser(profile: str) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    for arg in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", f"--user-data-dir={profile}",
        "--window-size=1500,1100",
    ):  # fmt: skip
        options.add_argument(arg)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def body_text(driver: webdriver.Chrome) -> str:
    """The page's visible text, or "" while a navigation replaces the document under us."""
    try:
        return str(driver.find_element(By.TAG_NAME, "body").text)
    except (StaleElementReferenceException, NoSuchElementException):
        return ""


def page_text(ui: str, codec: str, workflow_id: str, *, token: str | None, shot: str) -> str:
    driver = browser(tempfile.mkdtemp(prefix="chromium-"))
    try:
        if token:
            driver.get(f"{codec}/login")
            driver.find_element(By.NAME, "token").send_keys(token)
            driver.find_element(By.TAG_NAME, "button").click()
            # The sign-in POST must land (and set its cookie) before we navigate away.
            WebDriverWait(driver, 20).until(lambda d: "Signed in." in body_text(d))
        driver.get(f"{ui}/namespaces/default/workflows")
        # The UI's codec settings dialog stores these: our endpoint, with the browser's credentials.
        driver.execute_script(
            "localStorage.setItem('overrideRemoteCodecConfiguration', 'true');"
            "localStorage.setItem('includeCredentials', 'true');"
            f"localStorage.setItem('endpoint', JSON.stringify('{codec}'));"
        )
        driver.get(f"{ui}/namespaces/default/workflows/{workflow_id}")
        deadline = time.monotonic() + 30
        text = ""
        while time.monotonic() < deadline:
            text = body_text(driver)
            if "Input" in text and ('"request"' in text or "Codec Server could not connect" in text):
                break
            time.sleep(0.5)
        SHOTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(SHOTS / shot))
        return text
    finally:
        driver.quit()


async def test_operator_reads_decrypted_history_in_the_temporal_ui(tmp_path: Path) -> None:
    host_port = free_port()
    settings = Settings(
        data_dir=tmp_path, temporal_address=f"localhost:{host_port}", temporal_ui_port=free_port(),
        codec_port=free_port(), api_port=free_port(), deadlines=E2E_DEADLINES,
    )  # fmt: skip
    async with embedded_stack(settings, ui=True, api=False) as info:
        client = PreCreditClient(await connect(settings), settings)
        store = DocumentStore(settings.documents_dir, keyring=load_keyring(settings))
        request, behaviour = prepare("blacklisted", index=0, seed=5, store=store, settings=settings)
        outcome = await run_one(
            client,
            settings,
            request,
            behaviour,
            Outcome(request.application_id, "blacklisted", EXPECTED["blacklisted"]),
        )
        assert outcome.as_expected, outcome
        assert info.ui_url and info.codec_url
        workflow_id = f"precredit-{request.application_id}"
        token = first_token(settings, "operator")
        signed_in = await asyncio.to_thread(
            page_text, info.ui_url, info.codec_url, workflow_id, token=token, shot="ui-decoded.png"
        )
        anonymous = await asyncio.to_thread(
            page_text, info.ui_url, info.codec_url, workflow_id, token=None, shot="ui-encrypted.png"
        )
    name = request.applicant.name
    assert name in signed_in and '"id_number"' in signed_in
    assert name not in anonymous and "Codec Server could not connect" in anonymous
