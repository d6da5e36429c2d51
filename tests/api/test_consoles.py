"""The two web consoles in a real headless Chromium (Selenium), against a real uvicorn server:
an underwriter approves a grey-zone case, a dealer redeems a pickup code. Screenshots go to
artifacts/screenshots/ for a human to look at."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import uvicorn
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from precredit.bench.processes import free_port
from tests import factories
from tests.api.conftest import Stack, bearer
from tests.api.test_underwriter import GREY, to_review
from tests.workflows.fakes import FakeWorld

CHROMEDRIVER = Path("/usr/bin/chromedriver")
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
# Not skipped when missing: scripts/bootstrap.sh installs Debian's chromium and chromium-driver.
assert CHROMEDRIVER.exists() and shutil.which("chromium"), "run scripts/bootstrap.sh: chromium is missing"


@pytest.fixture
async def base_url(stack: Stack) -> AsyncIterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(stack.app, host="127.0.0.1", port=port, log_level="warning"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    await task


@pytest.fixture
def browser() -> Iterator[webdriver.Chrome]:
    profile = tempfile.mkdtemp(prefix="chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or ""
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", f"--user-data-dir={profile}", "--window-size=1400,1100"):  # fmt: skip
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def use_token(driver: webdriver.Chrome, url: str, token: str) -> None:
    driver.get(url)
    driver.find_element(By.ID, "token").send_keys(token)
    driver.find_element(By.ID, "save-token").click()


def wait(driver: webdriver.Chrome, seconds: float = 15) -> WebDriverWait:
    return WebDriverWait(driver, seconds)


def underwriter_approves(driver: webdriver.Chrome, base: str, token: str, app_id: str) -> str:
    use_token(driver, f"{base}/console/underwriter", token)
    row = (By.CSS_SELECTOR, f'#queue tr[data-id="{app_id}"]')
    for _ in range(30):  # visibility lags a little: refresh until the case shows
        try:
            wait(driver, 1).until(EC.element_to_be_clickable(row))
            break
        except Exception:
            driver.find_element(By.ID, "refresh").click()
    driver.find_element(*row).click()
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "ev-id"), app_id))
    wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#ev-decisions tbody tr")))
    wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#ev-docs img")))
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / "underwriter-evidence.png"))
    # The Temporal UI path: a decision token to paste as the signal's input.
    driver.find_element(By.ID, "token-approve").click()
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "signal-input"), '"proof": "pa1.'))
    assert '"decision": "approve"' in driver.find_element(By.ID, "signal-input").text
    driver.find_element(By.ID, "reason").send_keys("carrier data checked by phone")
    driver.find_element(By.ID, "approve").click()
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "result"), "approve sent"))
    driver.save_screenshot(str(SHOTS / "underwriter-approved.png"))
    return driver.find_element(By.ID, "result").text


def dealer_redeems(driver: webdriver.Chrome, base: str, token: str, code: str) -> str:
    use_token(driver, f"{base}/console/dealer", token)
    driver.find_element(By.ID, "code").send_keys(code)
    driver.find_element(By.ID, "lookup").click()
    wait(driver).until(EC.element_to_be_clickable((By.ID, "confirm")))
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / "dealer-lookup.png"))
    driver.find_element(By.ID, "confirm").click()
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "result"), "Hand-over confirmed"))
    driver.save_screenshot(str(SHOTS / "dealer-redeemed.png"))
    return driver.find_element(By.ID, "result").text


@pytest.mark.parametrize("world", [GREY])
async def test_underwriter_console_approves(stack: Stack, base_url: str, browser: webdriver.Chrome) -> None:
    app_id, tok = await to_review(stack)
    text = await asyncio.to_thread(underwriter_approves, browser, base_url, stack.tokens.underwriter, app_id)
    assert "underwriter:uw-1" in text
    view = await stack.wait_for(app_id, tok, "authorisation_signature")
    assert [d["decided_by"] for d in view["decisions"]][-1] == "underwriter:uw-1"


@pytest.mark.parametrize("world", [FakeWorld(factories.request())])
async def test_dealer_console_redeems(stack: Stack, base_url: str, browser: webdriver.Chrome) -> None:
    app_id, tok = await stack.to_pickup()
    text = await asyncio.to_thread(
        dealer_redeems, browser, base_url, stack.tokens.dealer1, stack.pickup_codes[app_id]
    )
    assert app_id in text
    assert (await stack.wait_for(app_id, tok, None))["status"] == "COMPLETED"
    r = await stack.http.get(f"/v1/applications/{app_id}", headers=bearer(tok))
    assert r.json()["decisions"][-1]["step"] == "pickup"
