"""One Settings object for the whole product: every threshold, deadline, path and key comes from here.

Environment variables are `PRECREDIT_<FIELD>` (nested with `__`, e.g. `PRECREDIT_DEADLINES__SMS_CODE=30`).
The Temporal connection follows Temporal's own variables (`TEMPORAL_ADDRESS`, `TEMPORAL_NAMESPACE`).
"""

from __future__ import annotations

import os
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from precredit.models.application import Deadlines, ExecutionOptions, PolicyConfig
from precredit.security.placeholders import check_token, decode_key, parse_key_list

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_SANDBOX_DIR = PACKAGE_DIR / "integrations" / "sandbox_data"


class ContractFee(BaseModel):
    name: str = Field(description="as printed in the contract, e.g. '抵押登记服务费 / Mortgage registration'")
    amount: Decimal = Field(ge=0, description="CNY, deducted once at disbursement")


class ContractConfig(BaseModel):
    """Facts the lender states in every contract that are not the loan's own figures."""

    lender_registration: str = Field(
        default="91110000MA00SANDBX", description="the lender's unified social credit code"
    )
    complaints_phone: str = "400-800-0000"
    complaints_address: str = "北京市朝阳区建国路1号 客户投诉中心"
    fees: list[ContractFee] = Field(
        default_factory=list, description="up-front fees; they enter the APR (IRR) disclosure"
    )


class SigningConfig(BaseModel):
    """The lender's e-seal and the roots signatures are validated against. Unset: the sandbox PKI
    (created once under the sandbox state dir) provides the seal, and the e-sign provider's and the
    TSA's roots are trusted."""

    seal_key_file: Path | None = Field(default=None, description="PEM PKCS#8 key of the e-seal")
    seal_cert_file: Path | None = None
    seal_chain_files: list[Path] = Field(default_factory=list, description="intermediates, PEM")
    crl_files: list[Path] = Field(default_factory=list, description="CRLs (DER) embedded for LTV")
    trust_roots: list[Path] = Field(default_factory=list, description="PEM roots for validation")


SANDBOX = "precredit.integrations.sandbox"


class ProviderConfig(BaseModel):
    """Which implementation serves each third party: `module:factory` (or `module.factory`), or the
    name of an entry point in the `precredit.providers` group. A factory takes a
    `precredit.integrations.providers.ProviderContext` and returns the adapter (docs/providers.md)."""

    identity: str = f"{SANDBOX}:identity"
    blacklist: str = f"{SANDBOX}:blacklist"
    bureau: str = f"{SANDBOX}:bureau"
    court: str = f"{SANDBOX}:court"
    carrier: str = f"{SANDBOX}:carrier"
    multi_lending: str = f"{SANDBOX}:multi_lending"
    sms: str = f"{SANDBOX}:sms"
    push: str = f"{SANDBOX}:push"
    esign: str = "precredit.integrations.esign:sandbox_provider"
    tsa: str = "precredit.integrations.esign:sandbox_tsa"
    banks: str = "precredit.integrations.banks:from_context"
    options: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="per-provider options, e.g. {'sms': {'url': ...}}"
    )


class SessionLimits(BaseModel):
    """Applicant sessions (issue 15): the phone OTP that opens one and the SMS budget that bounds it.

    Counted in the application database, so every API replica shares the same budget."""

    sms_per_phone_per_window: int = Field(default=3, ge=1)
    sms_per_device_per_window: int = Field(default=10, ge=1, description="per client IP / device id")
    window_seconds: float = Field(default=3600, gt=0)
    sms_per_phone_per_day: int = Field(default=10, ge=1)
    sms_per_day: int = Field(default=100_000, ge=1, description="platform-wide daily ceiling")
    applications_per_phone_per_day: int = Field(
        default=10, ge=1, description="each started application sends the applicant's phone an SMS too"
    )
    otp_ttl_seconds: float = Field(default=300, gt=0)
    otp_max_attempts: int = Field(default=5, ge=1)
    session_ttl_seconds: float = Field(default=1800, gt=0)


class Retention(BaseModel):
    """How long closed applications are kept (PIPL: no longer than the purpose needs).

    Applied by the embedded stack (namespace retention at start, a database purge every hour) and by
    `precredit retention apply` (the compose topology runs it hourly)."""

    temporal_days: int = Field(default=30, ge=1, le=3650)
    """Temporal namespace retention: a closed workflow's history is deleted this long after it closed."""
    database_days: int = Field(default=1825, ge=1, le=36500)
    """A closed application's rows (decisions, document fields, codes) are purged this long after its
    last update, and an applicant with nothing left is erased; a loan still in repayment is kept.
    Five years by default, the record-keeping period of China's anti-money-laundering rules."""
    purge_every_seconds: float = Field(default=3600, gt=0)
    """How often the embedded stack runs the database purge."""


MB = 1024 * 1024


class ApiOptions(BaseModel):
    """Limits of the HTTP API and where the Temporal UI is (`PRECREDIT_API__<FIELD>`)."""

    model_config = ConfigDict(frozen=True, use_attribute_docstrings=True)

    max_document_bytes: int = Field(default=20 * MB, gt=0)
    """Per uploaded file; phone photos of documents are a few MB, scanned PDFs rarely above 10."""
    pickup_failures_per_window: int = Field(default=10, ge=1)
    """Wrong or unknown pickup codes a dealer may enter per window before being locked out (429)."""
    pickup_window_seconds: float = Field(default=900, gt=0)
    pickup_failures_per_code: int = Field(default=3, ge=1)
    """Wrong entries of one code (by any dealer) per window before that code, not the dealer, rests."""
    review_queue_limit: int = Field(default=200, ge=1)
    temporal_ui_url: str | None = None
    """Base URL of the Temporal UI for deep links; derived from the Temporal address and `temporal_ui_port` when unset."""


class CardPolicy(BaseModel):
    """Card unbind risk and alert thresholds (SPEC §2), read on the worker, not taken from workflow
    input, so a client cannot raise its own limits. Environment: `PRECREDIT_CARD_<FIELD>`."""

    model_config = ConfigDict(frozen=True)

    alert_window_seconds: float = Field(default=3600, gt=0, description="sliding window for unbind alerts")
    alert_user_unbinds: int = Field(default=3, ge=0, description="alert above this many per user")
    alert_platform_unbinds: int = Field(default=200, ge=0, description="alert above this many overall")
    review_user_unbinds: int = Field(default=2, ge=1, description="recent unbinds that make a user high-risk")
    min_card_age_seconds: float = Field(default=86400, ge=0, description="younger cards unbind as high-risk")


class _CardEnv(PydanticBaseSettingsSource):
    """`PRECREDIT_CARD_<FIELD>` (one underscore) into `Settings.card`: the names the card thresholds
    had before they joined Settings, where the nested form would be `PRECREDIT_CARD__<FIELD>`."""

    PREFIX = "PRECREDIT_CARD_"

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # unused: __call__ reads the whole group

    def __call__(self) -> dict[str, Any]:
        env = {key.upper(): value for key, value in os.environ.items()}
        found = {
            name: env[self.PREFIX + name.upper()]
            for name in CardPolicy.model_fields
            if self.PREFIX + name.upper() in env
        }
        return {"card": found} if found else {}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="PRECREDIT_", env_nested_delimiter="__", extra="ignore", hide_input_in_errors=True
    )

    data_dir: Path = Field(default=Path("var"), description="state of the embedded stack")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; SQLite under data_dir if unset"
    )
    sandbox_dir: Path = DEFAULT_SANDBOX_DIR
    task_queue: str = "precredit"
    temporal_address: str = Field(
        default_factory=lambda: os.environ.get("TEMPORAL_ADDRESS", "localhost:7233")
    )
    temporal_namespace: str = Field(default_factory=lambda: os.environ.get("TEMPORAL_NAMESPACE", "default"))
    temporal_ui_port: int = 8233
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    ocr_engine: str = "rapidocr"
    deadlines: Deadlines = Field(default_factory=Deadlines)
    policy: PolicyConfig = Field(default_factory=PolicyConfig)
    execution: ExecutionOptions = Field(default_factory=ExecutionOptions)
    contract: ContractConfig = Field(default_factory=ContractConfig)
    providers: ProviderConfig = Field(default_factory=ProviderConfig)
    signing: SigningConfig = Field(default_factory=SigningConfig)
    retention: Retention = Field(default_factory=Retention)
    api: ApiOptions = Field(default_factory=ApiOptions)
    card: CardPolicy = Field(default_factory=CardPolicy)
    sandbox_faults: str | None = Field(
        default=None,
        description="JSON deep-merged over the sandbox data dir's fault config (latency, failure "
        "rates), or `off` for none; `PRECREDIT_SANDBOX_FAULTS`",
    )
    key_cache_seconds: float = Field(
        default=2.0,
        ge=0,
        description="how long a worker or client keeps an applicant's unwrapped data key in memory "
        "(the codec server, the API's document reads and the document store never cache); an erase "
        "reports done only this long after it destroyed the key, once every cached copy has lapsed",
    )
    status_max_age_seconds: float = Field(
        default=1.0,
        ge=0,
        description="how old a status view a polling reader (the API's status routes, the simulated "
        "people, the bench) may be served: one status query per application per this many seconds "
        "per client, since a query costs a worker a task (a whole replay when it keeps no cache). A "
        "client's own message to an application makes its next read fresh; 0 asks every time",
    )
    workflow_cache_size: int = Field(
        default=0,
        ge=0,
        description=(
            "workflow runs a worker keeps in memory between tasks. 0 (default) rebuilds every task "
            "from history. A worker with a cache runs behind precredit.workers.guard, which refuses "
            "a query whose history holds events no workflow task has started (the SDK core would run "
            "the workflow on them, issue 12); the client asks again. Under heavy load a cached run "
            "can still record a history that does not replay (docs/operations.md), so 0 stays the "
            "default, at about 6x the main worker's CPU"
        ),
    )
    worker_max_concurrent_activities: int = Field(
        default=8, description="light activities at once in a main-queue worker (a thread pool)"
    )
    worker_queues: str = Field(
        default="main,ocr",
        pattern=r"^(main|ocr)(,(main|ocr))?$",
        description="what `precredit worker` serves: `main` (workflows, light activities), `ocr` "
        "(CPU-heavy activities in separate processes), or both",
    )
    ocr_processes: int = Field(
        default_factory=lambda: os.cpu_count() or 1,
        ge=1,
        description="OCR worker processes, one engine each; processes x ocr_threads should fit the cores",
    )
    ocr_threads: int = Field(
        default=1, ge=1, description="ONNX Runtime intra-op and OpenCV threads per OCR process"
    )
    ocr_nice: int = Field(
        default=10,
        ge=0,
        le=19,
        description="scheduling niceness of OCR processes: on a shared machine the kernel runs the "
        "main worker's light work first and OCR on what is left; 0 on a machine of its own",
    )
    ocr_max_concurrent_activities: int = Field(
        default=1, ge=1, description="heavy activities at once per OCR process (one engine: 1)"
    )
    ocr_start_warning_seconds: float = Field(
        default=30,
        description="a heavy activity that waits longer than this for an OCR worker is logged as a "
        "warning; the main worker warns while no OCR worker polls its queue for this long",
    )
    worker_metrics_port: int = Field(
        default=0, description="Prometheus endpoint of the worker's SDK metrics; 0 = off"
    )
    # Security (SPEC §4). Unset keys → the dev stack generates data_dir/keys.json (0600) on first use.
    encryption_keys: SecretStr | None = Field(
        default=None, description="payload/field master keys 'kid:base64,...', the last one encrypts"
    )
    lookup_key: SecretStr | None = Field(default=None, description="base64 32-byte key for keyed hashes")
    api_tokens: SecretStr | None = Field(default=None, description="bearer tokens 'token:role:subject,...'")
    proof_keys: SecretStr | None = Field(
        default=None,
        description="keys signing human-action proofs 'kid:base64,...' (last signs); unset: derived "
        "from lookup_key",
    )
    proof_ttl_seconds: float = Field(default=300, gt=0, description="life of a proof the API/CLI issue")
    decision_token_ttl_seconds: float = Field(
        default=1800, gt=0, description="life of a console decision token pasted into the Temporal UI"
    )
    sessions: SessionLimits = Field(default_factory=SessionLimits)
    temporal_tls_cert: Path | None = Field(
        default_factory=lambda: _env_path("TEMPORAL_TLS_CLIENT_CERT_PATH"),
        description="client certificate for mTLS to the Temporal frontend",
    )
    temporal_tls_key: Path | None = Field(default_factory=lambda: _env_path("TEMPORAL_TLS_CLIENT_KEY_PATH"))
    temporal_tls_ca: Path | None = Field(
        default_factory=lambda: _env_path("TEMPORAL_TLS_SERVER_CA_CERT_PATH"),
        description="CA that signed the frontend's certificate",
    )
    temporal_tls_server_name: str | None = Field(
        default_factory=lambda: os.environ.get("TEMPORAL_TLS_SERVER_NAME") or None
    )
    temporal_api_key: SecretStr | None = Field(
        default_factory=lambda: SecretStr(k) if (k := os.environ.get("TEMPORAL_API_KEY")) else None,
        description="bearer token (service JWT) for a frontend whose authorizer checks one",
    )
    codec_host: str = "127.0.0.1"
    codec_port: int = 8081
    codec_cors_origins: list[str] = Field(
        default_factory=lambda: ["http://localhost:8233", "http://127.0.0.1:8233"],
        description="Temporal UI origins allowed to call the codec server",
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, env_settings, _CardEnv(settings_cls), dotenv_settings, file_secret_settings

    @field_validator("encryption_keys")
    @classmethod
    def _keys_not_placeholder(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            parse_key_list(value.get_secret_value())
        return value

    @field_validator("proof_keys")
    @classmethod
    def _proof_keys_not_placeholder(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            parse_key_list(value.get_secret_value())
        return value

    @field_validator("lookup_key")
    @classmethod
    def _lookup_key_not_placeholder(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            decode_key(value.get_secret_value(), what="lookup_key")
        return value

    @field_validator("api_tokens")
    @classmethod
    def _tokens_not_placeholder(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            for item in filter(None, (part.strip() for part in value.get_secret_value().split(","))):
                check_token(item.split(":", 1)[0])
        return value

    @property
    def heavy_task_queue(self) -> str:
        """`PRECREDIT_EXECUTION__HEAVY_TASK_QUEUE`: workflows read it from their input, workers here."""
        return self.execution.heavy_task_queue

    @property
    def database(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'precredit.db').resolve()}"

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / "documents"

    @property
    def sandbox_state_dir(self) -> Path:
        """Where the sandbox third parties keep what they did (SMS outbox, signing tasks, payments)."""
        return self.data_dir / "sandbox"


def _env_path(name: str) -> Path | None:
    """Temporal's own TLS variables (as `temporal` CLI and the SDK env config name them)."""
    value = os.environ.get(name)
    return Path(value) if value else None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
