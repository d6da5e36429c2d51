"""Pydantic domain and message types: everything that crosses a workflow or activity boundary.

Kept free of SQLModel, CatBoost and OpenCV so that workflow code can import it inside the sandbox.
"""
