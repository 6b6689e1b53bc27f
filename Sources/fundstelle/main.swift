print("fundstelle")
