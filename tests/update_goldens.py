"""`make goldens`: rewrite tests/goldens/ after an intended change. Review the diff."""

from tests.goldens import update

if __name__ == "__main__":
    update()
