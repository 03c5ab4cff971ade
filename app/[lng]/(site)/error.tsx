'use client'

import { ErrorView } from '@/components/layout/ErrorView'

export default ErrorView
