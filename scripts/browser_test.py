#!/usr/bin/env python3
"""End-to-end test of `match-cli serve` in a real browser (Debian's chromium, headless, through Selenium).

Goes through an office's week on a fresh demo register: add a worker and a
recurring request, plan, pin, mark an absence, re-plan keeping, publish, print
a route sheet, record the week. Checks what each page shows, fails on any
SEVERE entry of the browser console (a JavaScript error, a CSP refusal, a
failed load), and saves a screenshot of each step into docs/screenshots/.
Prints `N passed, M failed` last; exits non-zero on any failure.

Usage: browser_test.py BASE_URL SCREENSHOT_DIR
"""
import os
import sys
import time
import traceback

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, SHOTS = sys.argv[1].rstrip("/"), sys.argv[2]
WEEK = "2026-11-23"
results = []  # (name, ok, detail)
FOCUS = {}  # the element a step's screenshot should show (scrolled into view), by CSS selector


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=fr-BE"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option("prefs", {"intl.accept_languages": "fr-BE,fr"})
    service = Service("/usr/bin/chromedriver", env={**os.environ, "LANGUAGE": "fr_BE:fr", "LANG": "fr_BE.UTF-8"})
    return webdriver.Chrome(service=service, options=options)


driver = browser()
wait = WebDriverWait(driver, 60)


def text(selector):
    return driver.find_element(By.CSS_SELECTOR, selector).text


def console_errors():
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def step(number, name):
    """Runs a step: its checks, then the console (no SEVERE entry), then a screenshot."""
    def wrap(body):
        label = f"{number:02d}-{name}"
        try:
            body()
            errors = console_errors()
            if errors:
                raise AssertionError("browser console: " + " | ".join(errors))
            if FOCUS.get("css"):
                target = driver.find_elements(By.CSS_SELECTOR, FOCUS.pop("css"))
                if target:
                    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", target[0])
            driver.save_screenshot(f"{SHOTS}/{label}.png")
            results.append((label, True, ""))
            print(f"ok   {label}", flush=True)
        except Exception as error:  # noqa: BLE001 - any failure of a step is reported and counted
            try:
                driver.save_screenshot(f"/tmp/failed-{label}.png")
            except Exception:  # noqa: BLE001
                pass
            results.append((label, False, f"{type(error).__name__}: {error}"))
            print(f"FAIL {label}: {type(error).__name__}: {error}", flush=True)
            traceback.print_exc()
        return body
    return wrap


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def set_value(name, value):
    """Date and time inputs: typed keys depend on the browser's locale, so set the value itself."""
    driver.execute_script("document.getElementsByName(arguments[0])[0].value = arguments[1]", name, value)


def expected_refusal(path):
    """Drains the console after a page the test expects to be refused (4xx), keeping any other error."""
    errors = [e for e in console_errors() if not (path in e and "status of 4" in e)]
    expect(not errors, "browser console: " + " | ".join(errors))


def submit(button):
    """Clicks a form's button and waits for the next page to replace this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    button.click()
    wait.until(EC.staleness_of(page))


def fill(name, value):
    field = driver.find_element(By.NAME, name)
    field.clear()
    field.send_keys(value)


def wait_for_plan():
    """After pressing a plan button: progress shows, then the page reloads on the plan."""
    try:
        wait.until(EC.presence_of_element_located((By.ID, "grid")))
        wait.until(lambda d: not d.find_elements(By.ID, "plan-progress"))
    except TimeoutException:
        status = driver.execute_script(
            "return fetch('/week/plan/status?week=" + WEEK + "').then(r => r.text())")
        raise AssertionError(f"no plan shown at {driver.current_url}; plan status {status}")


@step(1, "week-before-planning")
def _():
    driver.get(f"{BASE}/week")
    expect(WEEK in driver.title, f"title {driver.title!r} names the demo week")
    expect("Pas encore planifiée" in text("#not-planned"), "the week says it is not planned yet")
    expect(driver.find_element(By.ID, "plan-button").is_displayed(), "the plan button is there")


@step(2, "add-worker")
def _():
    driver.get(f"{BASE}/workers/new")
    fill("id", "w-zoe")
    fill("name", "Zoé Renard")
    fill("phone", "081 22 33 44")
    fill("street", "Rue de Fer 12")
    fill("postcode", "5000")
    fill("commune", "Namur")
    fill("lat", "50.4660")
    fill("lon", "4.8670")
    set_value("birthDate", "1990-05-01")
    # unemployedSince left empty on purpose: a worker not on the RIS needs it, and the form must say so beside it.
    driver.find_element(By.CSS_SELECTOR, "input[name=activities][value=gardening]").click()
    driver.find_element(By.CSS_SELECTOR, "input[name=activities][value=odd_jobs]").click()
    fill("slots", "mardi 08:00-12:00\njeudi 08:00-12:00")
    submit(driver.find_element(By.ID, "save-button"))
    bad = driver.find_element(By.CSS_SELECTOR, ".field.bad")
    expect(bad.find_element(By.TAG_NAME, "input").get_attribute("name") == "unemployedSince", "the problem is beside its field")
    expect(bad.find_element(By.CSS_SELECTOR, ".problem").text != "", "the problem is written")
    expect(driver.find_element(By.NAME, "name").get_attribute("value") == "Zoé Renard", "what was typed is kept")
    expected_refusal("/workers")
    driver.save_screenshot(f"{SHOTS}/02-add-worker-problem.png")
    set_value("unemployedSince", "2024-01-01")
    submit(driver.find_element(By.ID, "save-button"))
    wait.until(EC.presence_of_element_located((By.ID, "flash")))
    expect(text("#flash") == "Enregistré.", f"saved: {text('#flash')!r}")
    driver.get(f"{BASE}/workers?q=renard")
    expect("w-zoe" in text("#register"), "the new worker is found by name")


@step(3, "add-recurring-request")
def _():
    driver.get(f"{BASE}/requests/new")
    fill("id", "r-jardin")
    Select(driver.find_element(By.NAME, "userId")).select_by_value("u-dubois")
    Select(driver.find_element(By.NAME, "activity")).select_by_value("gardening")
    fill("hours", "2")
    Select(driver.find_element(By.NAME, "recurrence")).select_by_value("weekly")
    set_value("date", "2026-11-23")
    set_value("until", "2026-12-31")
    set_value("from", "08:00")
    set_value("to", "12:00")
    driver.find_element(By.CSS_SELECTOR, "input[name=weekdays][value='2']").click()
    driver.find_element(By.CSS_SELECTOR, "input[name=weekdays][value='4']").click()
    submit(driver.find_element(By.ID, "save-button"))
    wait.until(EC.presence_of_element_located((By.ID, "flash")))
    expect(text("#flash") == "Enregistré.", f"saved: {text('#flash')!r}")
    driver.get(f"{BASE}/requests")
    expect("RRULE" in text("#register") or "FREQ=WEEKLY" in text("#register"), "the list shows the recurrence")


@step(4, "plan")
def _():
    driver.get(f"{BASE}/week?week={WEEK}")
    submit(driver.find_element(By.ID, "plan-button"))
    wait_for_plan()
    expect("Couverture" in text("#summary"), f"coverage shown: {text('#summary')!r}")
    expect("Brouillon" in text("#week-state"), "the plan is a draft")
    grid = text("#grid")
    expect("Zoé Renard" in grid, "the new worker has work in the grid")
    expect(len(driver.find_elements(By.CSS_SELECTOR, "#grid .job")) >= 6, "assignments in the grid")


PINNED = {}


@step(5, "pin")
def _():
    job = driver.find_element(By.CSS_SELECTOR, "tr[data-worker='w-zoe'] .job")
    PINNED["text"] = job.text.split("\n")[0]
    job.click()
    submit(driver.find_element(By.ID, "pin-button"))
    wait_for_plan()
    pinned = driver.find_elements(By.CSS_SELECTOR, "tr[data-worker='w-zoe'] .job.pinned")
    expect(len(pinned) == 1, f"one pinned assignment for Zoé, found {len(pinned)}")
    FOCUS["css"] = "tr[data-worker='w-zoe']"


ABSENT = {}


@step(6, "absence")
def _():
    # An unpinned assignment of another worker: that worker is ill that day.
    found = driver.execute_script("""
      const days = [...document.querySelectorAll('#grid thead th')].slice(1).map((th, i) => i);
      for (const row of document.querySelectorAll('#grid tbody tr')) {
        if (row.dataset.worker === 'w-zoe') continue;
        const cells = [...row.querySelectorAll('td')].slice(1);
        for (let i = 0; i < cells.length; i++) {
          if (cells[i].querySelector('.job:not(.pinned)')) return [row.dataset.worker, i];
        }
      }
      return null;""")
    expect(found is not None, "an unpinned assignment to cancel")
    worker, day_index = found
    ABSENT["worker"], ABSENT["day"] = worker, day_index
    driver.find_element(By.CSS_SELECTOR, "#quick-change summary").click()
    form = driver.find_element(By.ID, "absence-form")
    Select(form.find_element(By.NAME, "worker")).select_by_value(worker)
    Select(form.find_element(By.NAME, "date")).select_by_index(day_index)
    submit(form.find_element(By.CSS_SELECTOR, "button"))
    wait.until(EC.presence_of_element_located((By.ID, "flash")))
    expect(text("#flash") == "Enregistré.", f"absence saved: {text('#flash')!r}")


@step(7, "replan-keeping")
def _():
    submit(driver.find_element(By.ID, "replan-button"))
    wait_for_plan()
    row = driver.find_elements(By.CSS_SELECTOR, f"tr[data-worker='{ABSENT['worker']}']")
    if row:
        cell = row[0].find_elements(By.CSS_SELECTOR, "td")[1 + ABSENT["day"]]
        expect(cell.text.strip() == "", f"the absent worker has nothing that day: {cell.text!r}")
    expect(len(driver.find_elements(By.CSS_SELECTOR, "tr[data-worker='w-zoe'] .job.pinned")) == 1, "the pin was kept")
    driver.find_element(By.ID, "changes-link").click()
    changes = text("#changes")
    expect(len(changes) > 0, "the changes are listed")
    expect(len(driver.find_elements(By.CSS_SELECTOR, "#call li")) >= 1, "someone to call")


@step(8, "publish")
def _():
    driver.get(f"{BASE}/week?week={WEEK}")
    submit(driver.find_element(By.ID, "publish-button"))
    wait.until(EC.presence_of_element_located((By.ID, "flash")))
    expect("Publié" in text("#week-state"), f"published: {text('#week-state')!r}")
    expect(not driver.find_elements(By.ID, "publish-button"), "no publish button any more")


@step(9, "route-sheet")
def _():
    driver.find_element(By.CSS_SELECTOR, "tr[data-worker='w-zoe'] td.who a").click()
    sheet = text(".sheet")
    expect("Feuille de route" in sheet and "Zoé Renard" in sheet, "Zoé's route sheet")
    expect("081 22 33 44" in sheet, "her phone on the sheet")
    expect(len(driver.find_elements(By.CSS_SELECTOR, ".sheet tbody tr")) >= 1, "her jobs on the sheet")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    expect(not driver.find_element(By.CSS_SELECTOR, "header.top").is_displayed(), "printing hides the navigation")
    driver.save_screenshot(f"{SHOTS}/09-route-sheet-print.png")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


@step(10, "record-week")
def _():
    driver.get(f"{BASE}/week?week={WEEK}")
    driver.find_element(By.ID, "record-link").click()
    first = driver.find_element(By.CSS_SELECTOR, "#record-form tbody tr")
    Select(first.find_element(By.CSS_SELECTOR, "select")).select_by_value("no_show")
    hours = driver.find_elements(By.CSS_SELECTOR, "#record-form tbody tr input[type=number]")
    if len(hours) > 1:
        hours[1].clear()
        hours[1].send_keys("1.5")
    submit(driver.find_element(By.ID, "record-button"))
    wait.until(EC.presence_of_element_located((By.ID, "flash")))
    expect(text("#flash") == "Semaine enregistrée.", f"recorded: {text('#flash')!r}")
    expect("Enregistrée" in text("#week-state"), "the week is recorded")


@step(11, "hours")
def _():
    driver.get(f"{BASE}/hours?month=2026-11")
    rows = driver.find_elements(By.CSS_SELECTOR, "#hours tbody tr")
    expect(len(rows) >= 6, f"every worker's caps, {len(rows)} rows")
    expect("Zoé Renard" in text("#hours"), "Zoé's hours are counted")


@step(12, "escaping-and-english")
def _():
    driver.get(f"{BASE}/workers/new")
    fill("id", "w-x")
    fill("name", "<script>alert(1)</script>")
    fill("lat", "50.46")
    fill("lon", "4.86")
    set_value("birthDate", "1990-01-01")
    set_value("unemployedSince", "2024-01-01")
    submit(driver.find_element(By.ID, "save-button"))
    wait.until(EC.presence_of_element_located((By.ID, "flash")))
    driver.get(f"{BASE}/workers?lang=en")
    expect("<script>alert(1)</script>" in text("#register"), "the name shows as text")
    expect(driver.find_element(By.ID, "lang-switch").text == "Français", "English pages offer French back")
    expect("Workers" in driver.find_element(By.TAG_NAME, "h1").text, "the page is in English")


try:
    pass
finally:
    driver.quit()

passed = sum(1 for r in results if r[1])
failed = len(results) - passed
for name, ok, detail in results:
    if not ok:
        print(f"failed: {name}: {detail}")
print(f"{passed} passed, {failed} failed")
sys.exit(0 if failed == 0 and passed > 0 else 1)
