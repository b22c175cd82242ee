"""Where sorl-thumbnail finds a thumbnail it made before: the shared cache (Redis) and the
database, as sorl's own store, with a small memory of recent answers in each web process.

A listing of 36 cards asks for 108 thumbnails (three widths each); from Redis that was 108
round trips per page, the largest cost of a listing after rendering. A thumbnail's key names
its source file and options, and a changed picture is a new file with a new key, so a
remembered answer stays true; entries are still forgotten after ``TTL`` seconds, and the
store forgets a key it sets or deletes itself."""
import threading
import time
from collections import OrderedDict

from sorl.thumbnail.kvstores import cached_db_kvstore

TTL = 300  # seconds
SIZE = 20000  # entries, about 10 MB per process at most


class KVStore(cached_db_kvstore.KVStore):
    def __init__(self):
        super().__init__()
        self._memory = OrderedDict()
        self._lock = threading.Lock()

    def _get_raw(self, key):
        now = time.monotonic()
        with self._lock:
            entry = self._memory.get(key)
            if entry is not None and entry[1] > now:
                self._memory.move_to_end(key)
                return entry[0]
        value = super()._get_raw(key)
        if value is not None:
            self._remember(key, value, now)
        return value

    def _set_raw(self, key, value):
        super()._set_raw(key, value)
        self._remember(key, value, time.monotonic())

    def _delete_raw(self, *keys):
        super()._delete_raw(*keys)
        with self._lock:
            for key in keys:
                self._memory.pop(key, None)

    def _remember(self, key, value, now):
        with self._lock:
            self._memory[key] = (value, now + TTL)
            self._memory.move_to_end(key)
            while len(self._memory) > SIZE:
                self._memory.popitem(last=False)
