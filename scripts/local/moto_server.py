"""
moto_server with one fix for a long-running local cloud.

moto keeps every model instance it ever creates in a class-level list (for its dashboard). For
DynamoDB that includes the deep copy of each table that TransactWriteItems takes as its rollback
point, so every transaction leaks a whole copy of the table: memory and time grow with every
transaction (a 200-request soak reached 15 GB). DynamoDB's models are not tracked here; nothing
else changes. Used by scripts/local/moto.ts when the Python beside moto_server can import moto.
"""
import sys

from moto.core.model_instances import model_data
import moto.dynamodb.models  # noqa: F401  registers the DynamoDB model classes


class _Untracked(list):
    def append(self, _item):  # noqa: D401
        return None


for _cls in list(model_data.get("dynamodb", {}).values()):
    _cls.instances_tracked = _Untracked()

from moto.server import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
