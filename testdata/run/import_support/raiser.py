print("raiser: start")
counter = 1
raise ValueError("raiser failed during import")
