# Support modules and packages for testdata/run/import_*.py.
