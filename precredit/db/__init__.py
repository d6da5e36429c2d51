"""SQLModel tables and repositories. Workflows never import this package; activities and the API do."""
