"""nbconvert's ExecutePreprocessor, listening a moment longer after each cell's "idle" status.

Deno's Jupyter kernel (2.9) sometimes publishes a cell's "idle" status before that cell's last output. nbclient
stops listening at "idle", so the output went missing from executed notebooks (about one run in six here, more on a
loaded machine), although a notebook front end, which files outputs by their parent message, shows it. This
preprocessor keeps collecting the cell's own messages for a short grace period after "idle".
"""
from queue import Empty

from nbclient.exceptions import CellExecutionComplete
from nbclient.util import ensure_async
from nbconvert.preprocessors import ExecutePreprocessor

# Seconds to keep listening after "idle"; well under nbclient's iopub_timeout (4 s), which bounds the whole wait.
GRACE_SECONDS = 0.5


class LateOutputsExecutePreprocessor(ExecutePreprocessor):
    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        idle = False
        while True:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=GRACE_SECONDS if idle else None))
            except Empty:
                return
            if msg["parent_header"].get("msg_id") != parent_msg_id:
                continue
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                idle = True
