import { NotFoundView } from '@/components/layout/NotFoundView'

export default NotFoundView
