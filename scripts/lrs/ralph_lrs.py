#!/usr/bin/env python3
"""Runs a Ralph LRS (ralph-malph 5.x, filesystem backend) on 127.0.0.1 for Oberih's tests
and for trying `oberih push` by hand (docs/sync.md, "Running an LRS").

    ralph_lrs.py --port 8100 --data DIR --username U --password P

Ralph's filesystem backend creates its statements file on the first POST and refuses
every later one (500 "Statements bulk indexation failed"); this switches it to append.
The account is written to DIR/auth.json with a bcrypt hash, as `ralph auth` would.
"""
import argparse
import json
import os
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--data", required=True, help="folder for the statements and the account file")
    parser.add_argument("--username", required=True)
    parser.add_argument("--password", required=True)
    arguments = parser.parse_args()

    os.makedirs(arguments.data, exist_ok=True)
    import bcrypt

    auth_file = os.path.join(arguments.data, "auth.json")
    account = {
        "username": arguments.username,
        "hash": bcrypt.hashpw(arguments.password.encode(), bcrypt.gensalt()).decode(),
        "scopes": ["all"],
        "agent": {"mbox": "mailto:oberih-tests@example.org"},
    }
    with open(auth_file, "w") as out:
        json.dump([account], out)
    os.chmod(auth_file, 0o600)

    os.environ["RALPH_AUTH_FILE"] = auth_file
    os.environ["RALPH_RUNSERVER_BACKEND"] = "fs"
    os.environ["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = arguments.data
    os.environ["RALPH_APP_DIR"] = arguments.data

    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.data.fs import FSDataBackend

    FSDataBackend.default_operation_type = BaseOperationType.APPEND

    import uvicorn
    from ralph.api import app

    uvicorn.run(app, host="127.0.0.1", port=arguments.port, log_level="warning")


if __name__ == "__main__":
    sys.exit(main())
