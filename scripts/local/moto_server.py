"""
moto_server with two fixes for a long-running local cloud.

moto keeps every model instance it ever creates in a class-level list (for its dashboard). For
DynamoDB that includes the deep copy of each table that TransactWriteItems takes as its rollback
point, so every transaction leaks a whole copy of the table: memory and time grow with every
transaction (a 200-request soak reached 15 GB). DynamoDB's models are not tracked here; nothing
else changes.

Second, TransactWriteItems takes that rollback point by deep-copying every table the transaction
names, once per item: a transaction's cost grows with the table (≈ 38 ms at 2,000 items), so a
soak slows quadratically. Here the rollback point is a copy of just the items the transaction
writes, restored the same way when it is cancelled; moto's own code does all the checking and
writing. Used by scripts/local/moto.ts when the Python beside moto_server can import moto.
"""
import sys

from moto.core.model_instances import model_data
import moto.dynamodb.models  # noqa: F401  registers the DynamoDB model classes


class _Untracked(list):
    def append(self, _item):  # noqa: D401
        return None


for _cls in list(model_data.get("dynamodb", {}).values()):
    _cls.instances_tracked = _Untracked()

import copy as _copy  # noqa: E402

import moto.dynamodb.models as _ddb_models  # noqa: E402
from moto.dynamodb.models import DynamoDBBackend  # noqa: E402
from moto.dynamodb.models.dynamo_type import DynamoType  # noqa: E402
from moto.dynamodb.models.table import Table  # noqa: E402

class _CopyShim:
    """moto.dynamodb.models' `copy`: a Table is not deep-copied (only TransactWriteItems does that)."""

    def __getattr__(self, name):
        return getattr(_copy, name)

    @staticmethod
    def deepcopy(x, memo=None):
        if isinstance(x, Table):
            return x
        return _copy.deepcopy(x, memo)


_ddb_models.copy = _CopyShim()
_original_transact = DynamoDBBackend.transact_write_items


def _touched_items(backend, transact_items):
    saved = []
    for entry in transact_items:
        try:
            _, op = next(iter(entry.items()))
            table = backend.tables.get(op.get("TableName"))
            if table is None:
                continue
            raw = op["Item"] if "Item" in op else op["Key"]
            h = DynamoType(raw[table.hash_key_attr])
            r = DynamoType(raw[table.range_key_attr]) if table.range_key_attr else None
            current = table.get_item(h, r)
        except Exception:  # a malformed item: moto's own code reports it
            continue
        saved.append((table, h, r, _copy.deepcopy(current)))
    return saved


def _restore(saved):
    for table, h, r, item in reversed(saved):
        if item is not None:
            if r is not None:
                table.items[h][r] = item
            else:
                table.items[h] = item
        elif r is not None:
            if h in table.items:
                table.items[h].pop(r, None)
                if not table.items[h]:
                    del table.items[h]
        else:
            table.items.pop(h, None)


def _transact_write_items(self, transact_items):
    saved = _touched_items(self, transact_items)
    try:
        return _original_transact(self, transact_items)
    except BaseException:
        _restore(saved)
        raise


DynamoDBBackend.transact_write_items = _transact_write_items

from moto.server import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
