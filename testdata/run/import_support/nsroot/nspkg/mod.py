NSMOD = "in a namespace package"
