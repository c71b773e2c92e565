"""The Chromium journey of `bin/bench startup`: signs in as an applicant, a manager and an evaluator
in headless Chromium and opens the pages they live on, so the server's memory is measured after real
use, not only after start. Usage: python3 startup-journey.py http://127.0.0.1:8580/anslag/"""
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

base = sys.argv[1]
options = Options()
options.binary_location = "/usr/bin/chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
    options.add_argument(argument)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
pages = {
    "anna": ["workflow/tasks.xhtml", "application/my-applications.xhtml", "public/calls.xhtml"],
    "maria": ["workflow/tasks.xhtml", "call/programmes.xhtml", "learning/projects.xhtml", "learning/coverage.xhtml"],
    "lars": ["workflow/tasks.xhtml"],
}
try:
    for user, paths in pages.items():
        driver.delete_all_cookies()
        driver.get(base + "login.xhtml")
        driver.find_element(By.ID, "login:username").send_keys(user)
        driver.find_element(By.ID, "login:password").send_keys("demo")
        driver.find_element(By.ID, "login:submit").click()
        for path in paths:
            driver.get(base + path)
            if "login.xhtml" in driver.current_url or "error" in driver.current_url:
                raise SystemExit(f"{user} could not open {path}: {driver.current_url}")
    print("journey: " + ", ".join(f"{user} {len(paths)} pages" for user, paths in pages.items()))
finally:
    driver.quit()
