"""The underwriter and dealer web consoles: static pages with vanilla JS calling this same API.

No server-side session: the page keeps the bearer token in sessionStorage (gone with the tab) and
sends it on every call, so the consoles get exactly the JSON API's access control.
"""

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
router = APIRouter(tags=["consoles"], include_in_schema=False)


@router.get("/")
async def index() -> RedirectResponse:
    return RedirectResponse("/console/underwriter")


@router.get("/console/underwriter")
async def underwriter_console() -> FileResponse:
    return FileResponse(STATIC_DIR / "underwriter.html", headers={"Cache-Control": "no-store"})


@router.get("/console/dealer")
async def dealer_console() -> FileResponse:
    return FileResponse(STATIC_DIR / "dealer.html", headers={"Cache-Control": "no-store"})
